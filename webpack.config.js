/* Builds the task pane (also the standalone web page) and the ribbon commands page into dist/web. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DefinePlugin } = require('webpack');
const { version } = require('./package.json');

/** version.json beside the page: what the host serves now, which a page loaded earlier compares with its own. */
const versionFile = {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('VersionFile', (compilation) =>
      compilation.hooks.processAssets.tap(
        { name: 'VersionFile', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset('version.json', new compiler.webpack.sources.RawSource(JSON.stringify({ version }))),
      ),
    );
  },
};

module.exports = async (env, argv) => {
  const serving = !!(env && env.WEBPACK_SERVE);
  const config = {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
      // The thread the page reads received files on (src/taskpane/read-files.ts loads it by name).
      reader: './src/taskpane/read-worker.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: (data) => (data.chunk.name === 'reader' ? 'reader.js' : '[name].[contenthash:8].js'),
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          exclude: /node_modules/,
          options: { transpileOnly: true, compilerOptions: { module: 'esnext' } },
        },
        { test: /\.png$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ template: './src/taskpane/commands.html', filename: 'commands.html', chunks: ['commands'] }),
      new DefinePlugin({ __ADDIN_VERSION__: JSON.stringify(version) }),
      versionFile,
    ],
    performance: { hints: false },
    devtool: argv.mode === 'development' ? 'source-map' : false,
  };
  if (serving) {
    // Sideloading needs HTTPS on localhost; the certificates come from office-addin-dev-certs.
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: 3000,
      static: [{ directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' }],
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      headers: { 'Access-Control-Allow-Origin': '*' },
    };
  }
  return config;
};
