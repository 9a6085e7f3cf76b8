import { isInputObjectType, isInterfaceType, isObjectType, isEnumType, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../src/api/schema.js';

describe('the API schema', () => {
  const schema = buildApiSchema();

  it('prints the SDL reviewed in the snapshot (every API change shows in review)', () => {
    expect(printSchema(schema)).toMatchSnapshot();
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('makes every kind of node a Node', () => {
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    if (!isInterfaceType(node)) return;
    expect(schema.getPossibleTypes(node).map((type) => type.name).sort()).toEqual(
      ['Article', 'Disease', 'Drug', 'Gene', 'Phenotype', 'Procedure', 'Test'],
    );
  });
});
