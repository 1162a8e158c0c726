using Mosaic.Retrieval;

namespace Mosaic.Answering;

/// Writes an answer from retrieved evidence only. Implementations may cite only items in the evidence
/// (hits and their thread context), which retrieval has already limited to what the audience may see.
public interface IAnswerer
{
    Task<Answer> AnswerAsync(Question question, RetrievalResult evidence, CancellationToken ct = default);
}
