// Hashtag suggestions for the open panel on X. They come from the background script, which runs the
// whole engine: the hashtag model is the engine's largest part and is needed only while a panel is
// open, so it stays out of the script that runs on every X page. The draft goes to the extension's
// own background over runtime messaging, inside the browser, and nothing there keeps it.
import type { Settings, Suggestion } from '../../lib/engine/in-page.ts';
import { HASHTAGS_MESSAGE, type HashtagRequest } from '../../lib/x/hashtag-request.ts';

type Send = (request: HashtagRequest) => Promise<unknown>;

export class BackgroundHashtags {
  private text: string | null = null;
  private settings: Partial<Settings> | null = null;
  private value: Suggestion[] = [];

  constructor(
    /** Called when suggestions for the current draft arrive (the coach analyses again and shows them). */
    private readonly onArrive: () => void,
    private readonly send: Send = (request) => browser.runtime.sendMessage(request),
  ) {}

  /**
   * The suggestions for this draft when they have arrived; until then the last ones shown (the chips
   * do not flicker while typing), and a request goes out once per text and settings.
   */
  get(text: string, settings: Partial<Settings>): Suggestion[] {
    if (text === this.text && settings === this.settings) return this.value;
    this.text = text;
    this.settings = settings;
    this.send({ type: HASHTAGS_MESSAGE, text, settings }).then(
      (reply) => {
        if (text !== this.text || settings !== this.settings || !Array.isArray(reply)) return;
        this.value = reply as Suggestion[];
        this.onArrive();
      },
      // No background (the extension was reloaded): no chips, nothing else lost.
      () => undefined,
    );
    return this.value;
  }
}
