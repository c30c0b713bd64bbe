import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Physician Post Coach',
    description:
      'A private, local writing coach for physicians on X: catches what could identify a patient, keeps posts short and clear, suggests hashtags.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'physician-post-coach@example.org',
        // Firefox asks extensions to declare what they collect: nothing leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
