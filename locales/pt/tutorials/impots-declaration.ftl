# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/impots-declaration.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: declarar os rendimentos em impots.gouv.fr. Uma frase por linha.

impots-declaration-title = Declarar os seus rendimentos em impots.gouv.fr

impots-declaration-1-title = Abrir o site dos impostos
impots-declaration-1-text =
    Todas as primaveras, declara os seus rendimentos do ano anterior.
    Os rendimentos são o dinheiro recebido, como um salário, uma reforma, o subsídio de desemprego.
    Abra o site impots.gouv.fr.
    Em cima à direita, toque em «Connexion à l'espace Finances publiques» (entrar na sua área).
impots-declaration-1-image =
    A primeira página do site dos impostos.
    Em cima à direita, o botão para entrar está marcado com um círculo.
impots-declaration-1-tip = As datas da declaração são dadas todos os anos em impots.gouv.fr.
impots-declaration-1-caution = Um site que lhe pede dinheiro para declarar é uma burla.

impots-declaration-2-title = Na internet ou em papel
impots-declaration-2-text =
    Normalmente, os rendimentos declaram-se na internet.
    Não tem internet em casa?
    Ou a internet é muito difícil para si, pela idade ou por uma deficiência?
    Então pode declarar em papel, sem multa.
    Peça o formulário em papel no seu centro de impostos.
impots-declaration-2-image = Uma folha com um lápis.
impots-declaration-2-tip = Em papel, o prazo acaba alguns dias mais cedo.

impots-declaration-3-title = A declaração automática
impots-declaration-3-text =
    Muitas famílias têm uma declaração automática («déclaration automatique»).
    Os impostos enviam um aviso por e-mail ou por correio.
    Verifique bem todos os valores já escritos.
    Está tudo certo e completo?
    Então a sua declaração está feita, sem assinar nada.
    Se não, corrija-a e assine-a, como nos passos seguintes.
impots-declaration-3-image = Uma folha com um visto.

impots-declaration-4-title = Preparar os seus números
impots-declaration-4-text =
    Na primeira vez, precisa de três números para criar a sua área pessoal.
    O seu «numéro fiscal» (número fiscal), que tem 13 algarismos.
    O seu «numéro d'accès en ligne» (número de acesso), que muda todos os anos.
    O seu «revenu fiscal de référence» (rendimento de referência).
    Estão na sua última declaração e no seu último «avis d'impôt».
impots-declaration-4-image = Uma folha de papel com linhas escritas.
impots-declaration-4-tip = O «avis d'impôt» é a carta que os impostos lhe enviam todos os anos.

impots-declaration-5-title = Entrar
impots-declaration-5-text =
    Na primeira vez, depois destes números, escolhe uma palavra-passe.
    Escreva o seu número fiscal e a sua palavra-passe.
    Depois, os impostos podem enviar um código secreto de 6 algarismos por e-mail.
    Abra a sua caixa de e-mail e copie esse código.
impots-declaration-5-image = Uma seta entra por uma porta.
impots-declaration-5-tip = Para mudar de palavra-passe, o site pede o número do seu telemóvel.

impots-declaration-5b-title = Ou entrar com o FranceConnect
impots-declaration-5b-text =
    Também pode usar o botão FranceConnect.
    Com o FranceConnect, entra com outra conta, por exemplo a do ameli.
    Pratique aqui com uma conta falsa.
impots-declaration-5b-image =
    A página de entrada de um site público.
    O botão FranceConnect está marcado com um círculo.

impots-declaration-6-title = Abrir a sua declaração
impots-declaration-6-text =
    Está na sua área pessoal.
    Procure o botão para declarar os seus rendimentos.
    Toque nesse botão.
    A sua declaração abre-se.
    Primeiro, verifique a sua morada e a sua situação familiar.
impots-declaration-6-image = Uma folha com um lápis.
impots-declaration-6-tip = A declaração na internet está aberta na primavera, em geral de abril a junho.

impots-declaration-7-title = Verificar os valores
impots-declaration-7-text =
    A maior parte dos valores já está escrita.
    Por exemplo, o seu salário ou a sua reforma.
    Compare-os com os seus recibos de vencimento ou os papéis da reforma.
    Se um valor estiver errado, toque na caixa e corrija-o.
    Se faltar um rendimento, acrescente-o.
impots-declaration-7-image = Uma lista com caixas assinaladas.
impots-declaration-7-caution = Um valor errado pode mudar o seu imposto e alguns apoios.

impots-declaration-8-title = Assinar a sua declaração
impots-declaration-8-text =
    No fim, leia outra vez o resumo da sua declaração.
    Toque no botão para assinar e enviar a sua declaração.
    Aparece um «accusé de réception» (comprovativo de entrega).
    É a prova de que a sua declaração chegou bem.
    Também o recebe por e-mail.
impots-declaration-8-image = Uma assinatura numa linha.
impots-declaration-8-tip = Mais tarde, ainda pode corrigir a sua declaração na internet.

impots-declaration-9-title = Está feito
impots-declaration-9-text =
    Muito bem, a sua declaração foi enviada.
    Verificou os valores e depois assinou.
    Guarde bem o seu comprovativo de entrega.
    No verão, o seu «avis d'impôt» vai chegar à sua área pessoal.
    Sem internet, há outras formas, por telefone ou pessoalmente.
impots-declaration-9-image = Uma mão com o polegar para cima.

impots-declaration-road-phone =
    Por telefone, ligue para os impostos, no 0 809 401 401.
    Está aberto de segunda a sexta-feira, das 8 e meia às 19 horas.
    A chamada custa o preço de uma chamada normal.
impots-declaration-road-in-person =
    Pessoalmente, vá ao seu centro de impostos ou a um espaço France Services.
    Lá, pode pedir uma declaração em papel.
