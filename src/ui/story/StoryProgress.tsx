/** Where the class is in the story: "Step 4 of 11", a bar, and a button per step to jump to it. */
import type { Story } from "../../model/story/story-types";

export function StoryProgress({ story, index, onGo }: { story: Story; index: number; onGo: (index: number) => void }) {
  const count = story.steps.length;
  return (
    <div className="story-progress">
      <span className="story-count" data-testid="story-count">
        Step {index + 1} of {count}
      </span>
      <div
        className="story-progress-bar"
        role="progressbar"
        aria-label="Progress through the story"
        aria-valuemin={1}
        aria-valuemax={count}
        aria-valuenow={index + 1}
        aria-valuetext={`Step ${index + 1} of ${count}`}
      >
        <span className="story-progress-fill" style={{ width: `${((index + 1) / count) * 100}%` }} />
      </div>
      <ol className="story-dots">
        {story.steps.map((step, i) => (
          <li key={i}>
            <button
              type="button"
              className={i === index ? "story-dot story-dot-current" : i < index ? "story-dot story-dot-done" : "story-dot"}
              aria-label={`Step ${i + 1}: ${step.title}`}
              aria-current={i === index ? "step" : undefined}
              title={`${i + 1}. ${step.title}`}
              onClick={() => onGo(i)}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
