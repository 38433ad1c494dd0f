import { type CommandBus, deterministicUuid } from '@cadre/application';
import { COMMANDS, type CommandName, withBusinessDate } from '@cadre/domain';

/**
 * Enters a scenario as a clerk would, command by command, each dated on its business day (`on` is the
 * command's business date unless its input names one). Command ids
 * are derived from the scenario's name and a step key, so loading the same scenario twice writes nothing new.
 */
export class ScenarioWriter {
  commands = 0;
  position = 0n;

  constructor(
    private readonly bus: CommandBus,
    private readonly scenario: string,
    private readonly actor: string,
  ) {}

  /** A stable id for something the scenario creates (a cadre, a village, a review). */
  id(...parts: string[]): string {
    return deterministicUuid(this.scenario, ...parts);
  }

  async run(
    name: CommandName,
    input: Record<string, unknown>,
    on: string,
    key: string,
    reason?: string,
  ): Promise<void> {
    const result = await this.bus.execute(name, withBusinessDate(COMMANDS[name], input, on), {
      commandId: deterministicUuid(this.scenario, 'command', name, key),
      actor: this.actor,
      ...(reason ? { reason } : {}),
    });
    this.commands++;
    if (result.position > this.position) this.position = result.position;
  }
}
