using Xunit.Sdk;

namespace Gist.Storage.Tests.Contract;

/// <summary>
/// A storage test, run once per provider by each concrete test class. In a class marked <see cref="IUsesPostgres"/>
/// it is reported skipped, naming what to install, when PostgreSQL's server is not on the machine (never under CI=true).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Gist.Storage.Tests.Contract.StoreFactDiscoverer", "Gist.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;
