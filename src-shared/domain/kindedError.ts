/**
 * The shape of an error the user can be told about: a kind, which the renderer turns into a
 * sentence, and a message for logs only. Each concern names its own kinds in a subclass.
 */
export class KindedError<K extends string> extends Error {
  constructor(
    readonly kind: K,
    message: string = kind,
  ) {
    super(message)
  }
}
