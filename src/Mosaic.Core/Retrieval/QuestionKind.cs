namespace Mosaic.Retrieval;

/// The kind of answer a question wants.
public enum QuestionKind
{
    Other,
    Who,
    When,
    Where,
    Quantity,
    Decision,
    Definition,
    Identifier,
    Name,
}
