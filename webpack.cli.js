/*
 * The `cchc` command as one file (dist/cli/cchc.js): a new process resolves and loads one module
 * instead of some two hundred, which took about a sixth of a merge's time as a user runs it.
 * exceljs stays a chunk of its own, loaded only by the commands that write workbooks.
 */
const path = require('path');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: { cchc: './src/cli/main.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/cli'),
    filename: '[name].js',
    chunkFilename: '[name].js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        exclude: /node_modules/,
        options: { transpileOnly: true, configFile: 'tsconfig.cli.json', compilerOptions: { module: 'esnext' } },
      },
    ],
  },
  // Readable stacks for --debug; the file is read once per process, its size matters little.
  optimization: { minimize: false },
  performance: { hints: false },
  devtool: false,
};
