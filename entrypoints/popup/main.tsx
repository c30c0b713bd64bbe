import { createRoot } from 'react-dom/client';
import '../../assets/pages.css';
import { Popup } from './Popup.tsx';

createRoot(document.getElementById('root')!).render(<Popup />);
