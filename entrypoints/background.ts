export default defineBackground(() => {
  // Nothing to do yet: the coach works entirely in the page.
});
