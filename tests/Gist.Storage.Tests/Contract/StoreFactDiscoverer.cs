using Gist.Testing.Postgres;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Gist.Storage.Tests.Contract;

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests: skipped with the reason in a PostgreSQL class where the server is missing.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        TestMethodDisplay display = discoveryOptions.MethodDisplayOrDefault();
        TestMethodDisplayOptions options = discoveryOptions.MethodDisplayOptionsOrDefault();
        bool needsPostgres = typeof(IUsesPostgres).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType());
        if (needsPostgres && PostgresServer.MissingReason is { } reason && !PostgresServer.IsCi)
        {
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, options, testMethod, reason)];
        }

        return [new XunitTestCase(diagnosticMessageSink, display, options, testMethod)];
    }
}
