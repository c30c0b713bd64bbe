import { buildFixtures } from '../fixtures/build.ts';

export default async function globalSetup(): Promise<void> {
  await buildFixtures();
}
