using Mosaic.Domain;

namespace Mosaic.Answering;

/// A numbered source of an answer; [N] in the answer text refers to it.
public sealed record Citation(int N, ItemView Item);
