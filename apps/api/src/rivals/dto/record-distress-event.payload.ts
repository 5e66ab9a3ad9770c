import { Field, ObjectType } from '@nestjs/graphql';
import { DistressEventModel, RivalModel } from '../rival.model';

@ObjectType({ description: 'The recorded event and the rival as it now stands.' })
export class RecordDistressEventPayload {
  @Field(() => DistressEventModel, { description: 'The event as recorded.' })
  distressEvent!: DistressEventModel;

  @Field(() => RivalModel, { description: 'The rival, with its health and shutdown date after the event.' })
  rival!: RivalModel;
}
