import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description: 'What to look for: words that start words of the name, in any order, case and accents ignored ("soc gen" finds "Société Générale").',
  })
  @IsString()
  @Length(1, 200)
  text!: string;

  @Field(() => ID, { nullable: true, description: 'Only this campaign; every campaign you see when omitted.' })
  @IsOptional()
  @IsString()
  campaignId?: string;
}
