using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SeRanking.Engine.Serpstat.Audit;

namespace SeRanking.Completion;

/// <summary>Completes Serpstat audit issue keys: those the reference names and those of the reports read in the session.</summary>
public sealed class SerpstatAuditIssueCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var word = CompletionWord.Unquote(wordToComplete);
        return SerpstatAuditIssues.Known
            .Where(key => key.StartsWith(word, System.StringComparison.OrdinalIgnoreCase))
            .Select(key => new CompletionResult(key, key, CompletionResultType.ParameterValue, key))
            .ToList();
    }
}
