import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AccessScope, Actor } from '../common/access/actor';
import { CurrentActor, CurrentScope } from '../common/access/current-actor.decorator';
import { RaceForecastArgs } from './race-forecast.args';
import { COMPARISON_RUNS, FORECAST_RUNS, STAFFING_RUNS } from './race-forecast.compute';
import { RaceForecastModel } from './race-forecast.model';
import { FORECAST_CACHE_MS } from './race-forecast.service';
import { RaceForecastService } from './race-forecast.service';

@Resolver(() => RaceForecastModel)
export class RaceForecastResolver {
  constructor(private readonly forecasts: RaceForecastService) {}

  @Query(() => RaceForecastModel, {
    description: `Will we make it? The campaign’s race against the rival’s shutdown, simulated from its accounts with an open deal or none yet, its deals’ stage histories (estimates: prior, blend or history), the rival’s shutdown scenarios still ahead (else its expected shutdown), the campaign’s rules (migration lead times, weekly migration capacity) and its team’s active reps. The work queue’s order (queue priority) over ${FORECAST_RUNS} runs gives the spend won and migrated before each scenario’s date (P10/P50/P90 by week) and the customers most likely to go dark; the policy comparison races every order of work over ${COMPARISON_RUNS} runs; the staffing advice searches the reps and weekly migration capacity that reach \`targetSharePercent\` of what an unlimited team would capture (${STAFFING_RUNS} runs an evaluation; how: see RaceStaffingAdvice). Managers of the campaign and admins may read it (a rep: FORBIDDEN; a campaign the caller cannot see: NOT_FOUND). The simulations run off the request thread; an answer is served again for up to ${FORECAST_CACHE_MS / 1000} s while the campaign’s data is unchanged.`,
  })
  raceForecast(@Args() args: RaceForecastArgs, @CurrentActor() actor: Actor, @CurrentScope() scope: AccessScope): Promise<RaceForecastModel> {
    return this.forecasts.readForecast(actor, scope, args);
  }
}
