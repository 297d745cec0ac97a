using System;
using System.Threading.Tasks;
using SeRanking.Emulator;

namespace SeRanking.Engine.Tests.Support;

/// <summary>One emulator per test class; each test makes its own accounts (fresh keys), so tests do not share limits or credits.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private ApiEmulator? _emulator;

    public ApiEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() => _emulator = await ApiEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
