import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Physician Post Coach',
    description:
      'A private, local writing coach for physicians on X: catches what could identify a patient, keeps posts short and clear, suggests hashtags.',
    permissions: ['storage'],
  },
});
