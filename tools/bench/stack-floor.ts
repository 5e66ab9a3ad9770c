/**
 * The stack's floor for `{ me { id } }`: the api's own framework stack — NestJS 11 on Express 5,
 * @nestjs/graphql code-first with Apollo Server 5, the same versions as apps/api — answering the same
 * query with the same JSON from memory, and nothing of Lifeboat's: no authentication, no database, no
 * Redis, no rate limit, no helmet, no request log, no query-cost plugin.
 *
 * It tells how much of the gap between the api and a bare node:http handler (the yardstick)
 * is the chosen stack itself. Started by bench.ts as its own process with PORT; prints "ready <port>".
 */
import 'reflect-metadata';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Field, GraphQLModule, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';

const ME_ID = process.env['ME_ID'] ?? 'VXNlcjpmbG9vcg';

@ObjectType()
class Me {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => Me)
class MeResolver {
  @Query(() => Me)
  me(): Me {
    return { id: ME_ID };
  }
}

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      playground: false,
      introspection: false,
      // As the api: CSRF prevention on (the harness sends application/json), no cache-control plugin.
      csrfPrevention: true,
      plugins: [ApolloServerPluginCacheControlDisabled()],
    }),
  ],
  providers: [MeResolver],
})
class FloorModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(FloorModule, { logger: false });
  await app.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  process.stdout.write(`ready ${address.port}\n`);
}

void main();
