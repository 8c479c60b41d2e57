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

/**
 * Syntax lowered for EdgeHTML 18 (the browserslist in package.json), and the built-ins it lacks
 * (Object.fromEntries, Array.prototype.flat, …) added from core-js where the code uses them.
 */
const oldWebviews = {
  babelrc: false,
  configFile: false,
  cacheDirectory: true,
  compact: false,
  presets: [['@babel/preset-env', { modules: false, bugfixes: true, useBuiltIns: 'usage', corejs: '3.51' }]],
};

/**
 * Files shipped as they are written: the start-up check (start.js) must stay ES5 for the engines
 * it is there to recognise, so webpack (whose runtime is ES2017) never wraps it; the help page
 * (huong-dan.html, the manifest's SupportUrl) has no script at all.
 */
const asWritten = {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('AsWritten', (compilation) =>
      compilation.hooks.processAssets.tap(
        { name: 'AsWritten', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const name of ['start.js', 'huong-dan.html']) {
            const file = path.resolve(__dirname, 'src/taskpane', name);
            compilation.fileDependencies.add(file);
            compilation.emitAsset(name, new compiler.webpack.sources.RawSource(require('fs').readFileSync(file)));
          }
        },
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
    // Office 2016/2019 and many Windows 10 installs show the pane in EdgeHTML 18: every bundle,
    // webpack's own runtime included, is ES2017 (test/taskpane/old-webviews.test.ts parses them).
    target: ['web', 'es2017'],
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            { loader: 'babel-loader', options: oldWebviews },
            { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
          ],
        },
        {
          // Libraries written for newer engines (React's scheduler, Fluent UI, zod use ?. and ??);
          // core-js is the polyfills themselves.
          test: /\.m?js$/,
          exclude: /node_modules[\\/]core-js/,
          loader: 'babel-loader',
          options: { ...oldWebviews, sourceType: 'unambiguous' },
        },
        { test: /\.png$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext]' } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: './src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ template: './src/taskpane/commands.html', filename: 'commands.html', chunks: ['commands'] }),
      new DefinePlugin({ __ADDIN_VERSION__: JSON.stringify(version) }),
      versionFile,
      asWritten,
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
