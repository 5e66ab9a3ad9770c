import { buildSchema, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_DOCUMENTS } from './documents';

// The web app's operations must stay valid against the api's committed contract.
const schema = buildSchema(readFileSync(join(__dirname, '../../../../../apps/api/schema.graphql'), 'utf8'));

describe('shared GraphQL documents', () => {
  it('has documents to check', () => {
    expect(Object.keys(ALL_DOCUMENTS).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(ALL_DOCUMENTS))('%s is valid against apps/api/schema.graphql', (_name, source) => {
    expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
  });

  it('catches an operation that asks for a field the schema does not have', () => {
    const errors = validate(schema, parse('{ rivals { edges { node { nickname } } } }'));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/^Cannot query field "nickname" on type "Rival"\./);
  });
});
