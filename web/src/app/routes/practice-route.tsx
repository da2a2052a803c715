import { HomeworkTarget } from '@web/features/homework/components/homework-target';
import { PracticeView } from '@web/features/practice/components/practice-view';
import { navigate } from '@web/lib/router';
import { paths } from '../paths';

export function PracticeRoute({ sessionId }: { sessionId: string }) {
  return (
    <PracticeView
      key={sessionId}
      sessionId={sessionId}
      scorecardPath={paths.scorecard(sessionId)}
      onEnded={() => navigate(paths.scorecard(sessionId))}
      practicePath={paths.practice}
      comparePath={(other) => paths.compare(sessionId, other)}
      aside={<HomeworkTarget sessionId={sessionId} />}
    />
  );
}
