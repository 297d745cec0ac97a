using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text;

namespace SeRanking.Host.Tests.Support;

/// <summary>
/// A host that keeps what PowerShell shows the user outside the streams: "What if:" lines,
/// prompts' text and progress records. Interactive input is refused, as in a runbook.
/// </summary>
internal sealed class RecordingHost : PSHost
{
    private readonly RecordingUserInterface _ui = new();

    public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override string Name => "SeRanking.Host.Tests";

    public override PSHostUserInterface UI => _ui;

    public override Version Version { get; } = new(1, 0);

    /// <summary>Lines written to the console since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<string> Lines => _ui.Lines.ToArray();

    public IReadOnlyList<ProgressRecord> Progress => _ui.Progress.ToArray();

    public void Clear()
    {
        while (_ui.Lines.TryDequeue(out _))
        {
        }

        while (_ui.Progress.TryDequeue(out _))
        {
        }
    }

    public override void EnterNestedPrompt() => throw new NotSupportedException("The test host has no nested prompt.");

    public override void ExitNestedPrompt() => throw new NotSupportedException("The test host has no nested prompt.");

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }

    public override void SetShouldExit(int exitCode)
    {
    }

    private sealed class RecordingUserInterface : PSHostUserInterface
    {
        private readonly StringBuilder _partial = new();

        public ConcurrentQueue<string> Lines { get; } = new();

        public ConcurrentQueue<ProgressRecord> Progress { get; } = new();

        public override PSHostRawUserInterface? RawUI => null;

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
            throw new NotSupportedException("The test host takes no input: " + message);

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) =>
            throw new NotSupportedException("The test host takes no input: " + message);

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw new NotSupportedException("The test host takes no input: " + message);

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
            throw new NotSupportedException("The test host takes no input: " + message);

        public override string ReadLine() => throw new NotSupportedException("The test host takes no input.");

        public override SecureString ReadLineAsSecureString() => throw new NotSupportedException("The test host takes no input.");

        public override void Write(string value) => _partial.Append(value);

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Write(value);

        public override void WriteLine(string value)
        {
            Lines.Enqueue(_partial.Append(value).ToString());
            _partial.Clear();
        }

        public override void WriteDebugLine(string message) => WriteLine("DEBUG: " + message);

        public override void WriteErrorLine(string value) => WriteLine("ERROR: " + value);

        public override void WriteProgress(long sourceId, ProgressRecord record) => Progress.Enqueue(record);

        public override void WriteVerboseLine(string message) => WriteLine("VERBOSE: " + message);

        public override void WriteWarningLine(string message) => WriteLine("WARNING: " + message);
    }
}
