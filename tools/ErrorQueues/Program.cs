using Mc2cm.ErrorQueues;

return await ErrorQueueCommand.RunAsync(args, Console.Out, Console.Error);
