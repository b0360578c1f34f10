import { buildSchemaFromFile } from '@cnim/kit';
import { resolvers } from './resolvers/index.js';

export const schema = buildSchemaFromFile(new URL('../schema.graphql', import.meta.url), resolvers);
