import { themeFromColour } from './theme.ts';

describe('themeFromColour', () => {
  it.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(0, 0, 0)', 'dark'],
    ['rgb(21, 32, 43)', 'dim'],
    ['rgb(5, 5, 5)', 'high-contrast'],
    ['rgb(30, 30, 30)', 'dark'],
    ['rgb(240, 240, 230)', 'light'],
    ['', 'light'],
  ])('%s is %s', (colour, theme) => {
    expect(themeFromColour(colour)).toBe(theme);
  });
});
