/* Builds the task pane (also the standalone web page) and the ribbon commands page into dist/web. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = async (env, argv) => {
  const serving = !!(env && env.WEBPACK_SERVE);
  const config = {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: '[name].[contenthash:8].js',
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
