// Shared severity colours and theme variables for the coach's UI (X shadow root and extension
// pages), as text: the build minifies the stylesheet, and a shadow root or a page's <style> takes it.
export { default as THEME_CSS } from './theme.css?inline';
