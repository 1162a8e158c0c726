using Mosaic.Domain;

namespace Mosaic.Team;

/// Learns facts from one item at a time. Rule-based extractors are deterministic and cheap; a model-backed one can
/// sit beside them behind the same interface. Name is stored with each fact, so every fact says what produced it.
public interface IFactExtractor
{
    string Name { get; }

    IReadOnlyList<FactCandidate> Extract(ItemView item, FactContext context);
}
