import { createRoot } from 'react-dom/client';
import '../../assets/pages.css';
import { Practice } from './Practice.tsx';

createRoot(document.getElementById('root')!).render(<Practice />);
