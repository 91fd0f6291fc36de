import Testing
@testable import NexusSyntax
