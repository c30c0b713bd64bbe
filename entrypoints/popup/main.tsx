import { createRoot } from 'react-dom/client';

function Popup() {
  return <main><h1>Physician Post Coach</h1></main>;
}

createRoot(document.getElementById('root')!).render(<Popup />);
