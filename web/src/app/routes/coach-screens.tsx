import { coachingRoute } from './coaching-routes';
import { homeworkRoute } from './homework-routes';
import { NotFound } from '../not-found';

/** The coaching, sharing and homework screens, loaded when one is visited (`isCoachScreen`). */
export function CoachScreens({ path }: { path: string }) {
  return coachingRoute(path) ?? homeworkRoute(path) ?? <NotFound />;
}
