import { createRoot } from 'react-dom/client';
import '../../assets/pages.css';
import { Review } from './Review.tsx';

createRoot(document.getElementById('root')!).render(<Review />);
