/**
 * Fails a production build whose emitted pages, manifest, scripts or styles still hold a
 * loopback URL (https://localhost:3000/…): such a manifest would load nothing on a staff PC.
 */
const { localUrls } = require("./addin-url");

const TEXT_ASSET = /\.(?:html|xml|js|css)$/;

class NoLocalUrlPlugin {
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("NoLocalUrlPlugin", (compilation) => {
      // REPORT is the last stage: the pages, the copied manifest and the minified code are all there.
      compilation.hooks.processAssets.tap(
        { name: "NoLocalUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const [name, source] of Object.entries(assets)) {
            if (!TEXT_ASSET.test(name)) continue;
            const found = [...new Set(localUrls(source.source().toString()))];
            if (found.length > 0) {
              compilation.errors.push(
                new WebpackError(`${name}: localhost URL in the production build: ${found.slice(0, 3).join(", ")}`),
              );
            }
          }
        },
      );
    });
  }
}

module.exports = { NoLocalUrlPlugin };
