# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/france-travail-actualisation.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: a atualização de todos os meses na France Travail. Uma frase por linha.

france-travail-actualisation-title = France Travail: atualizar a sua situação todos os meses

france-travail-actualisation-1-title = Uma atualização todos os meses
france-travail-actualisation-1-text =
    Procura emprego com a France Travail (centro de emprego)?
    Todos os meses, tem de fazer a sua «actualisation» (atualização mensal).
    A atualização é dizer à France Travail a sua situação do mês passado.
    Faça-a mesmo que nada tenha mudado.
france-travail-actualisation-1-image = Um calendário.
france-travail-actualisation-1-caution =
    Sem atualização, a sua inscrição na France Travail termina.
    Os seus pagamentos também param.

france-travail-actualisation-1b-title = Quando fazer a atualização
france-travail-actualisation-1b-text =
    Pode fazê-la do dia 28 até ao dia 15 do mês seguinte.
    Em fevereiro, começa no dia 26.
france-travail-actualisation-1b-image = Um calendário.
france-travail-actualisation-1b-tip =
    Faça-a logo no início do período.
    Assim, não tem preocupações.

france-travail-actualisation-2-title = Entrar na sua área pessoal
france-travail-actualisation-2-text =
    No site francetravail.fr, toque no botão para entrar.
    Escreva o seu identificador e a sua palavra-passe.
    O identificador é o número ou o nome que diz quem é.
    Está escrito nos documentos da France Travail.
    Também pode usar o botão FranceConnect.
france-travail-actualisation-2-image = Uma seta entra por uma porta.
france-travail-actualisation-2-tip = Também pode usar no telemóvel a aplicação «Mon espace» (a minha área) da France Travail.

france-travail-actualisation-3-title = Começar a atualização
france-travail-actualisation-3-text =
    A sua área pessoal é a sua conta no site da France Travail.
    Nesta área, procure o botão com a palavra «actualiser» (atualizar).
    Toque nesse botão para começar.
france-travail-actualisation-3-image =
    A sua área pessoal no site da France Travail.
    O botão «Actualiser» (atualizar) está marcado com um círculo.

france-travail-actualisation-4-title = Responder às perguntas
france-travail-actualisation-4-text =
    A France Travail faz-lhe perguntas sobre o mês passado.
    Trabalhou?
    Fez alguma formação?
    Esteve de baixa médica?
    Leia bem cada pergunta.
    Responda «Oui» (sim) ou «Non» (não) a cada pergunta.
france-travail-actualisation-4-image = Um balão com um ponto de interrogação.

france-travail-actualisation-5-title = Dizer que ainda procura emprego
france-travail-actualisation-5-text =
    Uma pergunta quer saber se ainda procura emprego.
    Se ainda procura emprego, responda «Oui» (sim).
    Se responder «Non» (não), a sua inscrição na France Travail termina.
    Os seus pagamentos também podem parar.
france-travail-actualisation-5-image = Uma lista com caixas assinaladas.
france-travail-actualisation-5-caution =
    Respondeu «Non» (não) por engano?
    Ligue depressa para a France Travail, no 3949.

france-travail-actualisation-6-title = Se trabalhou
france-travail-actualisation-6-text =
    Se trabalhou, escreva o número de horas do mês.
    Escreva também o seu salário bruto.
    O salário bruto está escrito no seu recibo de vencimento.
france-travail-actualisation-6-image = Uma folha com valores.
france-travail-actualisation-6-caution = Se esquecer um trabalho, pode ter de devolver dinheiro.

france-travail-actualisation-7-title = Confirmar e guardar a prova
france-travail-actualisation-7-text =
    Leia outra vez as suas respostas e depois toque no botão para confirmar.
    Uma mensagem diz-lhe que a sua atualização ficou registada.
    Guarde esta prova.
    Descarregue-a ou tire uma foto ao ecrã.
france-travail-actualisation-7-image = Uma folha com um carimbo.
france-travail-actualisation-7-tip =
    Depois de confirmar, já não pode corrigir na internet.
    Para corrigir um erro, ligue para o 3949 antes do dia 15 do mês.

france-travail-actualisation-8-title = Muito bem!
france-travail-actualisation-8-text =
    A sua atualização do mês está feita.
    Volte a fazê-la no próximo mês, a partir do dia 28.
    Lembre-se: entrar, atualizar, responder, confirmar.
    Sem internet, há outras formas, por telefone ou pessoalmente.
france-travail-actualisation-8-image = Uma mão com o polegar para cima.
france-travail-actualisation-8-tip = Se se esqueceu da atualização, ligue depressa para a France Travail, no 3949.
france-travail-actualisation-8-caution = Guarde a sua palavra-passe só para si, mesmo ao telefone.

france-travail-actualisation-road-phone =
    Por telefone, ligue para a France Travail, no 3949.
    Pode fazer a sua atualização ou corrigir um erro.
france-travail-actualisation-road-in-person =
    Pessoalmente, vá a uma agência France Travail ou a um espaço France Services.
    Uma pessoa pode ajudar.
