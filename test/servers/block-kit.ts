// Checks Block Kit JSON against the limits in ./block-kit-limits.json (Slack's reference), as
// Slack's Web API does before it takes a view or a message: the local Slack server refuses what
// Slack would refuse, and tests can check a view they built. Only the block and element types
// the bot uses are known; any other type is reported, so a new one gets its limits here first.
import limits from './block-kit-limits.json' with { type: 'json' };

export type Surface = 'message' | 'home' | 'modal';

/** One problem, worded as Slack's `response_metadata.messages` are: `[ERROR] … [json-pointer:/…]`. */
export type Problem = string;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

class Checker {
  readonly problems: Problem[] = [];

  fail(path: string, what: string): void {
    this.problems.push(`[ERROR] ${what} [json-pointer:${path}]`);
  }

  /** A string no longer than `max` (Slack counts characters); `min` when given. */
  string(path: string, v: unknown, max: number, min = 0): v is string {
    if (typeof v !== 'string') {
      this.fail(path, 'must be a string');
      return false;
    }
    const n = [...v].length;
    if (n > max) this.fail(path, `must be less than ${max + 1} characters`);
    if (n < min) this.fail(path, `must be more than ${min - 1} characters`);
    return true;
  }

  optionalString(path: string, v: unknown, max: number): void {
    if (v !== undefined) this.string(path, v, max);
  }

  /** A text object: `plain_text` (or `mrkdwn` where allowed) with 1..`max` characters. */
  text(path: string, v: unknown, max: number, kinds: readonly string[] = ['plain_text', 'mrkdwn']): void {
    if (!isObject(v)) {
      this.fail(path, 'must be a text object');
      return;
    }
    if (typeof v.type !== 'string' || !kinds.includes(v.type))
      this.fail(`${path}/type`, `must be ${kinds.join(' or ')}`);
    this.string(`${path}/text`, v.text, max, limits.text.min);
    if (v.type === 'plain_text' && v.emoji !== undefined && typeof v.emoji !== 'boolean')
      this.fail(`${path}/emoji`, 'must be a boolean');
    if (v.type === 'mrkdwn' && v.verbatim !== undefined && typeof v.verbatim !== 'boolean')
      this.fail(`${path}/verbatim`, 'must be a boolean');
  }

  array(path: string, v: unknown, max: number, min = 1): v is unknown[] {
    if (!Array.isArray(v)) {
      this.fail(path, 'must be an array');
      return false;
    }
    if (v.length > max) this.fail(path, `must provide no more than ${max} items`);
    if (v.length < min) this.fail(path, `must provide at least ${min} items`);
    return true;
  }

  actionId(path: string, v: unknown, seen: Set<string>): void {
    if (v === undefined) return;
    if (this.string(path, v, limits.actionId, 1)) {
      if (seen.has(v)) this.fail(path, `action_id ${JSON.stringify(v)} is used twice in one block`);
      seen.add(v);
    }
  }

  option(path: string, v: unknown): string | undefined {
    if (!isObject(v)) {
      this.fail(path, 'must be an option object');
      return undefined;
    }
    this.text(`${path}/text`, v.text, limits.option.text);
    this.string(`${path}/value`, v.value, limits.option.value, 1);
    if (v.description !== undefined) this.text(`${path}/description`, v.description, limits.option.description);
    return typeof v.value === 'string' ? v.value : undefined;
  }

  element(path: string, v: unknown, where: 'actions' | 'section' | 'input', ids: Set<string>): void {
    if (!isObject(v)) {
      this.fail(path, 'must be an element object');
      return;
    }
    switch (v.type) {
      case 'button':
        if (where === 'input') this.fail(`${path}/type`, 'a button cannot be an input element');
        this.text(`${path}/text`, v.text, limits.button.text, ['plain_text']);
        this.actionId(`${path}/action_id`, v.action_id, ids);
        this.optionalString(`${path}/value`, v.value, limits.button.value);
        this.optionalString(`${path}/url`, v.url, limits.button.url);
        this.optionalString(`${path}/accessibility_label`, v.accessibility_label, limits.button.accessibilityLabel);
        if (v.style !== undefined && !limits.button.styles.includes(String(v.style)))
          this.fail(`${path}/style`, `must be one of ${limits.button.styles.join(', ')}`);
        return;
      case 'checkboxes': {
        this.actionId(`${path}/action_id`, v.action_id, ids);
        const values = new Set<string>();
        if (this.array(`${path}/options`, v.options, limits.checkboxes.options)) {
          for (const [i, o] of v.options.entries()) {
            const value = this.option(`${path}/options/${i}`, o);
            if (value !== undefined) values.add(value);
          }
        }
        if (
          v.initial_options !== undefined &&
          this.array(`${path}/initial_options`, v.initial_options, limits.checkboxes.options)
        ) {
          for (const [i, o] of v.initial_options.entries()) {
            const value = this.option(`${path}/initial_options/${i}`, o);
            if (value !== undefined && !values.has(value))
              this.fail(`${path}/initial_options/${i}`, 'must exactly match one of the options');
          }
        }
        return;
      }
      case 'plain_text_input': {
        if (where === 'actions') this.fail(`${path}/type`, 'a plain_text_input belongs in an input block');
        this.actionId(`${path}/action_id`, v.action_id, ids);
        if (v.placeholder !== undefined)
          this.text(`${path}/placeholder`, v.placeholder, limits.plainTextInput.placeholder, ['plain_text']);
        const max = v.max_length === undefined ? limits.plainTextInput.maxLength : Number(v.max_length);
        if (!Number.isInteger(max) || max < 1 || max > limits.plainTextInput.maxLength)
          this.fail(`${path}/max_length`, `must be a whole number from 1 to ${limits.plainTextInput.maxLength}`);
        const min = v.min_length === undefined ? 0 : Number(v.min_length);
        if (!Number.isInteger(min) || min < 0 || min > max)
          this.fail(`${path}/min_length`, 'must be from 0 to max_length');
        if (v.initial_value !== undefined) this.string(`${path}/initial_value`, v.initial_value, max);
        if (v.multiline !== undefined && typeof v.multiline !== 'boolean')
          this.fail(`${path}/multiline`, 'must be a boolean');
        return;
      }
      default:
        this.fail(
          `${path}/type`,
          `unknown element type ${JSON.stringify(v.type)} (add its limits to block-kit-limits.json)`,
        );
    }
  }

  block(path: string, b: unknown, surface: Surface, blockIds: Set<string>): boolean {
    if (!isObject(b)) {
      this.fail(path, 'must be a block object');
      return false;
    }
    if (b.block_id !== undefined && this.string(`${path}/block_id`, b.block_id, limits.blockId, 1)) {
      if (blockIds.has(b.block_id))
        this.fail(`${path}/block_id`, `block_id ${JSON.stringify(b.block_id)} is used twice`);
      blockIds.add(b.block_id);
    }
    const ids = new Set<string>();
    switch (b.type) {
      case 'section':
        if (b.text === undefined && b.fields === undefined) this.fail(path, 'a section needs text or fields');
        if (b.text !== undefined) this.text(`${path}/text`, b.text, limits.section.text);
        if (b.fields !== undefined && this.array(`${path}/fields`, b.fields, limits.section.fields)) {
          for (const [i, f] of b.fields.entries()) this.text(`${path}/fields/${i}`, f, limits.section.fieldText);
        }
        if (b.accessory !== undefined) this.element(`${path}/accessory`, b.accessory, 'section', ids);
        return false;
      case 'header':
        this.text(`${path}/text`, b.text, limits.header.text, ['plain_text']);
        return false;
      case 'context':
        if (this.array(`${path}/elements`, b.elements, limits.context.elements)) {
          for (const [i, e] of b.elements.entries()) this.text(`${path}/elements/${i}`, e, limits.text.max);
        }
        return false;
      case 'divider':
        return false;
      case 'actions':
        if (this.array(`${path}/elements`, b.elements, limits.actions.elements)) {
          for (const [i, e] of b.elements.entries()) this.element(`${path}/elements/${i}`, e, 'actions', ids);
        }
        return false;
      case 'input':
        if (surface === 'message') this.fail(`${path}/type`, 'input blocks are for modals and Home tabs');
        this.text(`${path}/label`, b.label, limits.input.label, ['plain_text']);
        if (b.hint !== undefined) this.text(`${path}/hint`, b.hint, limits.input.hint, ['plain_text']);
        if (b.optional !== undefined && typeof b.optional !== 'boolean')
          this.fail(`${path}/optional`, 'must be a boolean');
        this.element(`${path}/element`, b.element, 'input', ids);
        return true;
      default:
        this.fail(
          `${path}/type`,
          `unknown block type ${JSON.stringify(b.type)} (add its limits to block-kit-limits.json)`,
        );
        return false;
    }
  }

  blocks(path: string, blocks: unknown, surface: Surface): { inputs: number } {
    let inputs = 0;
    if (!this.array(path, blocks, limits.surfaces[surface].maxBlocks, surface === 'message' ? 0 : 1)) return { inputs };
    const blockIds = new Set<string>();
    for (const [i, b] of blocks.entries()) if (this.block(`${path}/${i}`, b, surface, blockIds)) inputs++;
    return { inputs };
  }
}

/** The problems Slack would find in `blocks` of a message (chat.postMessage, response_url). */
export function checkMessageBlocks(blocks: unknown): Problem[] {
  const c = new Checker();
  c.blocks('/blocks', blocks, 'message');
  return c.problems;
}

/** The problems Slack would find in a view given to views.publish (home) or views.open (modal). */
export function checkView(view: unknown): Problem[] {
  const c = new Checker();
  if (!isObject(view)) {
    c.fail('/view', 'must be a view object');
    return c.problems;
  }
  const surface = view.type;
  if (surface !== 'home' && surface !== 'modal') {
    c.fail('/view/type', 'must be home or modal');
    return c.problems;
  }
  const { inputs } = c.blocks('/view/blocks', view.blocks, surface);
  c.optionalString('/view/private_metadata', view.private_metadata, limits.view.privateMetadata);
  c.optionalString('/view/callback_id', view.callback_id, limits.view.callbackId);
  c.optionalString('/view/external_id', view.external_id, limits.view.externalId);
  if (surface === 'modal') {
    c.text('/view/title', view.title, limits.view.title, ['plain_text']);
    if (view.submit !== undefined) c.text('/view/submit', view.submit, limits.view.submit, ['plain_text']);
    if (view.close !== undefined) c.text('/view/close', view.close, limits.view.close, ['plain_text']);
    if (inputs > 0 && view.submit === undefined)
      c.fail('/view/submit', 'a modal with input blocks needs a submit button');
  }
  return c.problems;
}

/** The block limits, for tests that want to say which one a view came near. */
export const BLOCK_KIT_LIMITS = limits;
