// jsdom with what Node already has and react-router's navigations need (Request, AbortController…).
const { TestEnvironment } = require('jest-environment-jsdom');

module.exports = class LifeboatJsdomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, { Request, Response, Headers, TextEncoder, TextDecoder, ReadableStream, structuredClone });
  }
};
