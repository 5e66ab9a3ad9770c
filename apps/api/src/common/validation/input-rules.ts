import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsISO31661Alpha2, IsString, Length, Min, type ValidationOptions } from 'class-validator';

/*
 * Validator stacks that inputs of several contexts share (class-validator decorators composed
 * once). Each keeps the message its inputs had, so the reasons clients read stay the same.
 */

const withMessage = (message?: string): ValidationOptions | undefined => (message ? { message } : undefined);

/** The version a change was read at: a whole number from 1 (a stale one is refused with CONFLICT). */
export const IsExpectedVersion = () => applyDecorators(IsInt(), Min(1));

/** Text of `min` to `max` characters. */
export const IsText = (min: number, max: number, message?: string) => applyDecorators(IsString(), Length(min, max, withMessage(message)));

/** An ISO 3166-1 alpha-2 country code. */
export const IsCountryCode = (message?: string) => IsISO31661Alpha2(withMessage(message));

/** A GraphQL DateTime turned into a Date. */
export const IsDateTime = (message?: string) => applyDecorators(Type(() => Date), IsDate(withMessage(message)));
