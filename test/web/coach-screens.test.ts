import { describe, expect, it } from 'vitest';
import { isCoachScreen, paths } from '@web/app/paths';

// The coaching, sharing and homework screens are a chunk loaded on demand (app.tsx): every path of theirs
// must send the router there, and no path a leader practises on may.
describe('isCoachScreen', () => {
  it('claims every coaching, sharing and homework path', () => {
    const coach = [paths.coaching, paths.calibration, paths.sharing, paths.homework, paths.newScenario, paths.editScenario('s1'), paths.coachLeader('u1'), paths.coachReview('s1'), paths.invite('abc')];
    expect(coach.filter((path) => !isCoachScreen(path))).toEqual([]);
  });

  it('leaves the practice, scorecard, progress, import and compare pages in the main bundle', () => {
    const leader = [paths.scenarios, paths.sessions, paths.progress, paths.importConversation, paths.practice('s1'), paths.scorecard('s1'), paths.compare('a', 'b'), '/coachingx'];
    expect(leader.filter((path) => isCoachScreen(path))).toEqual([]);
  });
});
