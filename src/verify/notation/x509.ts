/**
 * `@peculiar/x509`, loaded after the Reflect metadata polyfill its dependency injection (tsyringe) needs at
 * import time. Every Notation module imports X.509 classes from here, never from the package directly.
 */
import 'reflect-metadata'

export * from '@peculiar/x509'
