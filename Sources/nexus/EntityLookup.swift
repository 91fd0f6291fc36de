import NexusPipeline

extension LoadedInputs {
    /// The id of the entity a name typed on the command line means (``EntityNameMatcher``),
    /// printing on stderr which entity was chosen when several fit; a one-line failure when
    /// none or several equally do.
    func entityID(_ query: String) throws -> String {
        do {
            let choice = try names.choose(query)
            if let note = choice.note { Console.error([note]) }
            return choice.id
        } catch {
            throw CommandFailure(error)
        }
    }
}
