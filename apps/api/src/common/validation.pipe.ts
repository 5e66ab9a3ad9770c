import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { BadInputError } from './errors/lifeboat-error';
import { flattenValidationErrors } from './errors/format-graphql-error';

class RawValidationErrors extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validation failed');
  }
}

/**
 * The one global ValidationPipe: whitelist, forbid unknown properties, transform to the input
 * classes. A failure becomes BAD_USER_INPUT naming each field by its path in the operation
 * (`input.severity`, `first`).
 */
@Injectable()
export class LifeboatValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new RawValidationErrors(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof RawValidationErrors)) throw error;
      // Named arguments (`input`) prefix their fields; an @ArgsType class spreads its fields at the root.
      const fields = metadata.data
        ? flattenValidationErrors(error.errors, metadata.data)
        : flattenValidationErrors(error.errors, '').map((f) => ({ ...f, field: f.field.replace(/^\./, '') }));
      const summary = fields.map((f) => `${f.field}: ${f.reason}`).join('; ');
      throw new BadInputError(`Invalid input: ${summary}.`, fields);
    }
  }
}
