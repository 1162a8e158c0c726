using Mosaic.Domain;

namespace Mosaic.Answering;

/// A question as asked: its words, who asked, and a description of who will see the answer ("you", "#dev").
public sealed record Question(string Text, Person Asker, string Audience);
