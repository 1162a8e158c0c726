namespace Mosaic.Tests.Connectors.Email;

/// Tests that count the process's allocations run alone, so no other test's allocations are counted with theirs.
[CollectionDefinition(nameof(MeasuresAllocations), DisableParallelization = true)]
public sealed class MeasuresAllocations;
