export {
  createRestAdapter,
  RestAdapter,
  RestSessionSchema,
  type RestAdapterOptions,
  type RestSession,
} from './rest-adapter.js';
