/**
 * An SDK client built when it is first used, so that its module is loaded then and not at every
 * cold start: the inbound function invokes the report function only for a REPORT request.
 */
export class ClientOnFirstUse<Client extends { destroy(): void }> {
  private client: Promise<Client> | undefined;

  constructor(private readonly create: () => Promise<Client>) {}

  get(): Promise<Client> {
    this.client ??= this.create();
    return this.client;
  }

  destroy(): void {
    void this.client?.then((client) => client.destroy());
  }
}
