'use strict';
// This library with `options.direct_invoke` = false: every call goes through the SDK's generic command pipeline
// (`send(new InvokeCommand(...))`). Side by side with `library`, it shows what the direct Invoke path buys.
const library = require('./library');

module.exports = {
  ...library,
  id: 'library-pipeline',
  label: 'this library, SDK pipeline (options.direct_invoke=false)',
  async create(loaded, options) {
    return library.create(loaded, { ...options, extraConfig: ['options.direct_invoke', false] });
  },
};
