import { createRoot } from 'react-dom/client';
import '../../assets/pages.css';
import './options.css';
import { Options } from './Options.tsx';

createRoot(document.getElementById('root')!).render(<Options />);
